using System.Runtime.CompilerServices;
using Classifier.Tests.Shared;

namespace Classifier.Tests.Support;

/// <summary>A fact that needs a file under ../shared. When the file is missing the test is reported as skipped
/// with the path in the reason, never passed.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relativePath, [CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        var path = Path.Combine(RepoPaths.Shared, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Skip = $"MISSING ../shared/{relativePath} ({path}): this test needs the shared corpora beside the checkout.";
            DisplayName = SkipNotice.DisplayName(Skip, test, file);
        }
    }
}
