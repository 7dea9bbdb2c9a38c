import { expect, type Page } from '@playwright/test'

/** Page object for the console's shell and its department views. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async ready(): Promise<void> {
    await expect(this.page.locator('[data-app-state="ready"]')).toBeVisible()
  }

  async switchLanguage(label: 'NL' | 'EN'): Promise<void> {
    // Mantine's SegmentedControl hides the radio input under its label: click what a person clicks.
    await this.page.getByRole('radiogroup', { name: /Taal|Language/ }).getByText(label, { exact: true }).click()
  }

  departmentList() {
    return this.page.getByRole('list', { name: /Afdelingen|Departments/ })
  }

  async openDepartment(name: string | RegExp): Promise<void> {
    await this.page.getByRole('link', { name }).click()
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible()
  }

  applications() {
    return this.page.getByTestId('department-applications')
  }
}
