// What a self-assessment form does, heat or cold alike: the age is checked (18 to 120), the answers are read from
// the form and the model runs on the device; the result, or the failure, takes the focus when it arrives (the
// button stays enabled meanwhile, so focus is never dropped to the page: a disabled button loses it).
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Mobility } from "../../../../models/heat-risk/features";

export type AssessmentRun<R> = { status: "idle" } | { status: "running" } | { status: "failed"; message: string; offline: boolean } | { status: "done"; result: R };

/** The answers every self-assessment asks: the age, the mobility and yes/no factors (ticked boxes named after them). */
export function readAnswers<F extends string>(form: FormData, age: number, factors: readonly F[]): { age: number; mobility: Mobility } & Record<F, boolean> {
  return {
    age,
    mobility: (form.get("mobility") as Mobility | null) ?? "independent",
    ...(Object.fromEntries(factors.map((f) => [f, form.get(f) === "on"])) as Record<F, boolean>),
  };
}

export function useAssessmentRun<A, R>(ageInputId: string, answersOf: (form: FormData, age: number) => A, assess: (answers: A) => Promise<R>, onAnswers: (answers: A) => void) {
  const [ageError, setAgeError] = useState(false);
  const [run, setRun] = useState<AssessmentRun<R>>({ status: "idle" });
  const result = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (run.status === "done" || run.status === "failed") result.current?.focus();
  }, [run.status]);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (run.status === "running") return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const age = Number(form.get("age"));
    const invalid = !form.get("age") || !Number.isInteger(age) || age < 18 || age > 120;
    setAgeError(invalid);
    if (invalid) {
      document.getElementById(ageInputId)?.focus();
      return;
    }
    const answers = answersOf(form, age);
    setRun({ status: "running" });
    assess(answers)
      .then((done) => {
        setRun({ status: "done", result: done });
        onAnswers(answers);
      })
      .catch((error: Error) => setRun({ status: "failed", message: error.message, offline: !navigator.onLine }));
  };
  return { ageError, run, result, onSubmit };
}
