// Submits a form to a useActionState action without React 19's automatic form reset, so after a
// refused submission the staff member's input stays in place beside the error (and a controlled
// radio group never disagrees with its state). Optionally asks for confirmation first.
import { startTransition, type FormEvent } from "react";

export function submitWithoutReset(action: (formData: FormData) => void, confirmText?: string) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirmText && !window.confirm(confirmText)) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  };
}
