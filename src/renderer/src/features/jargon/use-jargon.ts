import { useEffect } from 'react'
import { on } from '../../api'
import { useRequest } from '../../components/use-request'

/** The whole lexicon, asked again whenever it changes (here, in another window, or by a pack). */
export function useJargon() {
  const [terms, reload] = useRequest('jargon:list', {})
  useEffect(() => on('jargon:changed', reload), [reload])
  return [terms, reload] as const
}
