// A probable duplicate of a saved statement (or of another candidate), with the box that saves
// it anyway. Shown while the box is ticked too, so unticking it stays possible.
import type { ReactNode } from "react";
import { FieldError, fieldId } from "@/components/forms/fields";
import { formClass } from "@/components/forms/layout";
import type { FieldScope } from "./scope";

export function DuplicateNotice({
  scope,
  show,
  confirmLabel = "Save anyway: this is a different statement",
  children,
}: {
  scope: FieldScope;
  show: boolean;
  confirmLabel?: string;
  children: ReactNode;
}) {
  if (!show && !scope.value("confirmDuplicate")) return null;
  const id = fieldId(scope.name("confirmDuplicate"));
  const error = scope.error("confirmDuplicate");
  return (
    <section aria-labelledby={`${id}-heading`} className={formClass.notice}>
      <h2 id={`${id}-heading`} className="font-semibold">
        Possible duplicate
      </h2>
      {children ? <p className="mt-1">{children}</p> : null}
      <label className="mt-2 flex items-start gap-2">
        <input
          type="checkbox"
          name={scope.name("confirmDuplicate")}
          id={id}
          defaultChecked={scope.value("confirmDuplicate") !== ""}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          className="mt-1 size-4 accent-blue-700"
        />
        <span>{confirmLabel}</span>
      </label>
      <FieldError id={`${id}-error`} error={error} />
    </section>
  );
}
