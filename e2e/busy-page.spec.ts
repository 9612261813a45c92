// The page the app's server answers when it cannot admit a form posted without JavaScript
// (lib/http/write-admission.ts): readable and accessible at phone and desktop width, in light and
// dark mode, with the typed values shown and the "Try again" button reachable by keyboard.
import { busyPage } from "@/lib/http/write-admission";
import { SERVER_BUSY_MESSAGE } from "@/lib/db/write-queue";
import { expect, test } from "./fixtures";

function typedForm(): FormData {
  const form = new FormData();
  form.append("$ACTION_ID_0123456789abcdef", "");
  form.append("text", "Allies must do more, and they must do it faster. ".repeat(12));
  form.append("speaker.id", "12");
  form.append("sources.0.url", "https://www.nato.int/cps/en/natohq/opinions_example.htm?selectedLocale=en&a=very-long-parameter-value");
  return form;
}

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [375, 1440]) {
    test(`the busy page is accessible at ${width} px in ${colorScheme} mode`, async ({ page, a11y }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      await page.setContent(busyPage("/manage/statements/new", typedForm()));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("The server is busy");
      await expect(page.getByRole("alert")).toHaveText(SERVER_BUSY_MESSAGE);
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: "Try again" })).toBeFocused();
      await page.getByText("What you typed").click();
      await expect(page.getByText("speaker.id")).toBeVisible();
      await a11y.check();
      await a11y.fitsWidth();
    });
  }
}
