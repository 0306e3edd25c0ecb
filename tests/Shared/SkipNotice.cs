namespace Classifier.Tests.Shared;

/// <summary>Why a test was skipped, in the one place <c>dotnet test</c> shows it at its default verbosity: the test's
/// display name ("Skipped Class.Method [MISSING ...]"). The skip reason itself is printed only at higher verbosity,
/// so a run without ../shared would otherwise look like a run that skipped for no reason.</summary>
internal static class SkipNotice
{
    public static string DisplayName(string reason, string member, string file) =>
        $"{Path.GetFileNameWithoutExtension(file)}.{member} [{reason}]";
}
