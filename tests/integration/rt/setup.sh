#!/usr/bin/env bash
# Installs Request Tracker 5 from Debian for the integration tests (tests/integration/rt.test.ts) and the
# e2e export test: SQLite database, root's password known to the tests, the console's call-id custom
# field, a second queue for the category mapping and two accounts with too few rights for the
# "missing permission" checks. Idempotent: a second run only checks a stamp and exits. Starts no
# server (the tests start `rt-server` themselves, see server.ts). Where it cannot install (not root, no
# apt, apt fails) it says why and exits 0, and the integration run reports "not run".
#
# Usage: bash tests/integration/rt/setup.sh   (as root, on Debian 12 or later)
set -uo pipefail

# Keep these in step with tests/integration/rt/server.ts.
RT_TEST_PORT="${RT_TEST_PORT:-8765}"
RT_ROOT_PASSWORD='sdc-rt-test-root'
RT_CALL_ID_FIELD='Servicedesk call id'
SITE_CONFIG=/etc/request-tracker5/RT_SiteConfig.d/90-servicedesk-console-test.pm
STAMP=/var/lib/request-tracker5/servicedesk-console-test.stamp
# root's REST2 auth token (readable by root only); server.ts reads it.
TOKEN_FILE=/var/lib/request-tracker5/servicedesk-console-test.token
# Bump when the data below changes, so an older installation is brought up to date.
STAMP_VERSION=3

started=$(date +%s)
say() { echo "rt-setup: $*"; }
give_up() { say "$*"; say 'Request Tracker is not set up for the tests; the integration tests will report "not run".'; exit 0; }

if [ -f "$STAMP" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$STAMP_VERSION" ] && [ -x /usr/share/request-tracker5/libexec/rt-server ]; then
  say "already set up (stamp $STAMP); nothing to do"
  exit 0
fi

[ "$(id -u)" = 0 ] || give_up "must run as root to install Debian packages (try: sudo bash $0)"
command -v apt-get >/dev/null 2>&1 || give_up 'apt-get is not available (not a Debian system)'
command -v debconf-set-selections >/dev/null 2>&1 || give_up 'debconf-set-selections is not available'

# The site config must exist before the package creates the database: BcryptCost is used when root's
# password is stored, and the web settings make links and REST2 answer on 127.0.0.1:<port> without a path.
mkdir -p "$(dirname "$SITE_CONFIG")"
cat >"$SITE_CONFIG" <<EOF
# Written by servicedesk-console tests/integration/rt/setup.sh: a throw-away RT for tests on loopback.
Set(\$rtname, 'sdc-test');
Set(\$Organization, 'sdc-test.invalid');
Set(\$WebPath, "");
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $RT_TEST_PORT);
Set(\$WebBaseURL, 'http://127.0.0.1:$RT_TEST_PORT');
Set(\$CanonicalizeRedirectURLs, 0);
# Never send mail: RT writes what it would send (autoreplies) to a temporary file it removes on exit.
Set(\$MailCommand, 'testfile');
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'warning');
# Cheap password hashing: the test password protects nothing, and logins stay fast.
Set(\$BcryptCost, 4);
1;
EOF

if ! dpkg-query -W -f='${Status}\n' request-tracker5 rt5-db-sqlite rt5-standalone 2>/dev/null | grep -c 'install ok installed' | grep -qx 3; then
  say 'installing request-tracker5, rt5-db-sqlite, rt5-standalone from Debian (about a minute)'
  debconf-set-selections <<EOF
request-tracker5 request-tracker5/initial-root-password password $RT_ROOT_PASSWORD
EOF
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq || give_up 'apt-get update failed (no network or no package sources?)'
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends request-tracker5 rt5-db-sqlite rt5-standalone >/tmp/rt-setup-apt.log 2>&1 \
    || { tail -n 20 /tmp/rt-setup-apt.log; give_up 'apt-get install failed (log above, full log in /tmp/rt-setup-apt.log)'; }
  say "packages installed after $(($(date +%s) - started)) s"
fi

[ -x /usr/share/request-tracker5/libexec/rt-server ] || give_up 'rt-server is missing after the install'

# The custom field, the queue, the account without rights and root's auth token. REST2 in RT 5.0.3
# cannot create custom fields, hence a data file; its @Final code uses RT's own API and skips whatever
# already exists, so a half-finished earlier run is completed rather than duplicated.
datafile=$(mktemp --suffix=.pl)
trap 'rm -f "$datafile"' EXIT
cat >"$datafile" <<'EOF'
use strict;
use warnings;
our @Final = (sub {
    my $system = RT->SystemUser;
    my $check = sub { my ($what, $ok, $msg) = @_; die "rt-setup-failed: $what: $msg\n" unless $ok };

    my $queue = RT::Queue->new($system);
    $queue->Load('Network');
    $check->('queue Network', $queue->Create(Name => 'Network', Description => 'Category mapping in the servicedesk console tests'))
        unless $queue->id;

    my $cf = RT::CustomField->new($system);
    $cf->LoadByName(Name => $ENV{RT_CALL_ID_FIELD}, LookupType => 'RT::Queue-RT::Ticket');
    $check->('custom field', $cf->Create(
        Name        => $ENV{RT_CALL_ID_FIELD},
        Type        => 'FreeformSingle',
        LookupType  => 'RT::Queue-RT::Ticket',
        Description => 'The call id of the servicedesk console that exported this ticket; a re-send looks for it first',
    )) unless $cf->id;
    # Applied to every queue (an unsaved queue object means "global").
    $check->('custom field on all queues', $cf->AddToObject(RT::Queue->new($system))) unless $cf->IsGlobal;

    my $user = RT::User->new($system);
    $user->Load('sdc-no-rights');
    $check->('user sdc-no-rights', $user->Create(
        Name => 'sdc-no-rights', Password => $ENV{RT_ROOT_PASSWORD}, Privileged => 1, EmailAddress => 'no-rights@sdc-test.invalid',
    )) unless $user->id;

    # An account that sees the queues but may not create tickets in them.
    my $looker = RT::User->new($system);
    $looker->Load('sdc-see-only');
    $check->('user sdc-see-only', $looker->Create(
        Name => 'sdc-see-only', Password => $ENV{RT_ROOT_PASSWORD}, Privileged => 1, EmailAddress => 'see-only@sdc-test.invalid',
    )) unless $looker->id;
    for my $right ('SeeQueue', 'SeeCustomField') {
        $check->("$right for sdc-see-only", $looker->PrincipalObj->GrantRight(Right => $right, Object => RT->System))
            unless $looker->PrincipalObj->HasRight(Right => $right, Object => RT->System);
    }

    # An auth token for root: REST2 takes "Authorization: token <string>" as well as basic auth.
    if (!-s $ENV{RT_TOKEN_FILE}) {
        my $root = RT::CurrentUser->new; $root->Load('root');
        my ($id, $msg, $authstring) = RT::AuthToken->new($root)->Create(Owner => $root->id, Description => 'servicedesk console tests');
        $check->('auth token', $id, $msg);
        open(my $fh, '>', $ENV{RT_TOKEN_FILE}) or die "rt-setup-failed: cannot write $ENV{RT_TOKEN_FILE}: $!\n";
        print $fh "$authstring\n";
        close $fh;
        chmod 0600, $ENV{RT_TOKEN_FILE};
    }
});
1;
EOF
say 'adding the call-id custom field, the Network queue, two accounts with too few rights and an auth token for root'
out=$(RT_CALL_ID_FIELD="$RT_CALL_ID_FIELD" RT_ROOT_PASSWORD="$RT_ROOT_PASSWORD" RT_TOKEN_FILE="$TOKEN_FILE" \
  /usr/sbin/rt-setup-database-5 --action insert --datafile "$datafile" 2>&1)
status=$?
if [ $status != 0 ] || echo "$out" | grep -q 'rt-setup-failed' || [ ! -s "$TOKEN_FILE" ]; then
  echo "$out" | tail -n 20
  give_up 'rt-setup-database-5 could not add the test data'
fi

echo "$STAMP_VERSION" >"$STAMP"
say "done in $(($(date +%s) - started)) s; start it with tests/integration/rt/server.ts (port $RT_TEST_PORT)"
