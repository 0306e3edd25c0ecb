namespace Classifier.Scoring;

/// <summary>Which exceptions one article may cost without costing the batch: all but those after which the process
/// itself cannot be trusted to go on.</summary>
internal static class RecoverableExceptions
{
    public static bool IsRecoverable(Exception e) =>
        e is not (OutOfMemoryException or StackOverflowException or AccessViolationException or AppDomainUnloadedException
            or BadImageFormatException or CannotUnloadAppDomainException or InvalidProgramException);

    /// <summary>An argument problem is the caller's and its message says what; anything else is named by its type,
    /// so that a log line shows it is not the input's fault.</summary>
    public static string Describe(Exception e) =>
        e is ArgumentException ? e.Message : $"scoring failed ({e.GetType().Name}): {e.Message}";
}
