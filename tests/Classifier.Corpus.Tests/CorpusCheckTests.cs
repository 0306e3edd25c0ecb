using Classifier.Tests.Shared;
using Classifier.Training.Corpus;
using Xunit.Abstractions;

namespace Classifier.Corpus.Tests;

public class CorpusCheckTests
{
    private readonly ITestOutputHelper _output;

    public CorpusCheckTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Corpus_parses_with_valid_labels_and_unique_ids()
    {
        // The reader throws on any schema, label or duplicate-id problem, listing file:line for each.
        Assert.NotEmpty(AuthoredCorpus.Articles);
        Assert.Empty(AuthoredCorpus.Data.Skipped);
    }

    [Fact]
    public void Every_authored_article_follows_the_authoring_rules()
    {
        var problems = AuthoredCorpus.Articles
            .SelectMany(a => AuthoredArticleRules.Check(a).Select(p => $"{a.Location} ({a.Id}): {p}"))
            .ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Take(30)));
    }

    [Fact]
    public void No_two_articles_are_near_duplicates()
    {
        var pairs = NearDuplicateFinder.Find(AuthoredCorpus.Articles, threshold: 0.5);
        foreach (var (opening, count) in NearDuplicateFinder.RepeatedOpenings(AuthoredCorpus.Articles, words: 4, top: 10))
        {
            _output.WriteLine($"opening used {count}x: \"{opening}\"");
        }

        Assert.True(pairs.Count == 0,
            "near-duplicates (word-5-gram Jaccard > 0.5): " + string.Join("; ", pairs.Take(20).Select(p => $"{p.First} ~ {p.Second} ({p.Jaccard:F2})")));
    }

    [Fact]
    public void No_article_shares_a_12_word_run_with_the_seed_article()
    {
        // The seed article is a test input: it must never leak into training data.
        Assert.True(File.Exists(RepoPaths.SeedArticle) || !Directory.Exists(RepoPaths.Shared),
            $"../shared exists but {RepoPaths.SeedArticle} does not");
        if (!File.Exists(RepoPaths.SeedArticle))
        {
            _output.WriteLine($"MISSING {RepoPaths.SeedArticle}: seed leak check not run");
            return;
        }

        var leaks = new LeakChecker(AuthoredCorpus.Articles).Check(File.ReadAllText(RepoPaths.SeedArticle), "seed").ToArray();
        Assert.True(leaks.Length == 0, string.Join("; ", leaks.Select(l => l.ArticleId)));
    }

    [SharedCorporaFact]
    public void No_article_shares_a_12_word_run_with_the_public_corpora()
    {
        var leaks = new LeakChecker(AuthoredCorpus.Articles).CheckDirectory(Path.Combine(RepoPaths.Shared, "corpora")).ToArray();
        Assert.True(leaks.Length == 0, string.Join("; ", leaks.Take(20).Select(l => $"{l.ArticleId} ~ {l.Source}")));
    }

    [Fact]
    public void Held_out_part_is_about_fifteen_percent_of_every_topic()
    {
        var holdout = AuthoredCorpus.Articles.Where(a => a.Location.File.Contains($"{Path.DirectorySeparatorChar}holdout{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(holdout);
        foreach (var topic in AuthoredCorpus.Articles.GroupBy(a => a.Topic))
        {
            var share = holdout.Count(a => a.Topic == topic.Key) / (double)topic.Count();
            Assert.InRange(share, 0.12, 0.18);
        }
    }

    [CorpusCompleteFact]
    public void Corpus_meets_the_coverage_minima()
    {
        var report = CoverageReport.Measure(AuthoredCorpus.Articles, CoverageTargets.Issue3);
        Assert.True(report.Shortfalls.Count == 0, string.Join(Environment.NewLine, report.Shortfalls));
    }

    [Fact]
    public void No_article_names_a_news_agency()
    {
        var report = Realism;
        _output.WriteLine(report.ToString());
        Assert.True(report.AgencyMentions.Count == 0, string.Join(Environment.NewLine, report.AgencyMentions.Take(20)));
    }

    [Fact]
    public void No_event_is_told_on_both_sides_of_the_split()
    {
        var report = Realism;
        Assert.True(report.TwinsAcrossSplit.Count == 0, string.Join(Environment.NewLine, report.TwinsAcrossSplit.Take(20)));
    }

    [Fact]
    public void The_corpus_reads_like_news_and_covers_every_topic_and_tone_cell()
    {
        var report = Realism;
        _output.WriteLine(report.ToString());
        Assert.True(report.SmallestCell >= RealismReport.MinCell, $"{report.SmallestCellName} has {report.SmallestCell} articles (need {RealismReport.MinCell})");
        Assert.True(report.Articles >= 5500, $"{report.Articles} articles (issue 12 asks for 5,500)");
        Assert.True(report.WordsQ3 >= 100, $"upper quartile of length {report.WordsQ3} words: the corpus is briefs, not articles");
        Assert.True(report.QuoteShare >= 0.30, $"only {report.QuoteShare:P0} of articles quote anyone");
        Assert.True(report.DatelineShare <= 0.85, $"{report.DatelineShare:P0} open with a dateline");
    }

    private static RealismReport Realism =>
        RealismReport.Measure(AuthoredCorpus.Articles, HoldoutSplit.IsHeldOut, EventTable.Load(Path.Combine(RepoPaths.Data, "events.csv")));
}
