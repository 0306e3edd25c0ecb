using System.Runtime.CompilerServices;
using Classifier.Tests.Shared;
using Classifier.Training.Corpus;

namespace Classifier.Corpus.Tests;

/// <summary>A fact about the finished corpus. While the corpus is still being written (fewer articles than the
/// issue's total) the test is reported as skipped with the current count, never passed.</summary>
public sealed class CorpusCompleteFactAttribute : FactAttribute
{
    public CorpusCompleteFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        var count = AuthoredCorpus.Articles.Count;
        if (count < CoverageTargets.Issue3.TotalArticles)
        {
            Skip = $"corpus incomplete: {count} of {CoverageTargets.Issue3.TotalArticles} articles (issue 3); coverage minima are enforced once it is complete";
            DisplayName = SkipNotice.DisplayName(Skip, test, file);
        }
    }
}
