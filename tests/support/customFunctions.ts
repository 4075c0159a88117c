/**
 * Excel's CustomFunctions runtime global, as the functions see it inside Excel: an Error class
 * carrying an error code and message, and the ErrorCode values Excel defines. Installed before
 * every jest test file so the functions run in Node as they do in Excel.
 */
class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

const g = globalThis as unknown as { CustomFunctions?: unknown };
if (!g.CustomFunctions) {
  g.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: () => undefined,
  };
}
