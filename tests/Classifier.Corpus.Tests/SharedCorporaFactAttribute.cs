using System.Runtime.CompilerServices;
using Classifier.Tests.Shared;

namespace Classifier.Corpus.Tests;

/// <summary>A fact that reads ../shared/corpora; reported as skipped, with the path, when it is absent.</summary>
public sealed class SharedCorporaFactAttribute : FactAttribute
{
    public SharedCorporaFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        var path = Path.Combine(RepoPaths.Shared, "corpora");
        if (!Directory.Exists(path))
        {
            Skip = $"MISSING {path}: the leak check against the public corpora needs ../shared beside the checkout";
            DisplayName = SkipNotice.DisplayName(Skip, test, file);
        }
    }
}
