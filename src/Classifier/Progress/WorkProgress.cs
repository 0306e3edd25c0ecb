namespace Classifier.Progress;

/// <summary>How far a long task is: <see cref="Done"/> of <see cref="Total"/> (null when the end is not known, e.g. a
/// stream) in <see cref="Unit"/>. Reported through the same <see cref="IProgress{T}"/> object as the text messages,
/// when it also implements <c>IProgress&lt;WorkProgress&gt;</c> (see <see cref="WorkProgressExtensions"/>), so code
/// that only takes messages keeps working.</summary>
public sealed record WorkProgress(string Task, long Done, long? Total, string Unit);

public static class WorkProgressExtensions
{
    /// <summary>Reports counted progress if the receiver takes it; otherwise does nothing (the messages still go).</summary>
    public static void ReportWork(this IProgress<string>? progress, string task, long done, long? total, string unit)
    {
        if (progress is IProgress<WorkProgress> work)
        {
            work.Report(new WorkProgress(task, done, total, unit));
        }
    }
}
