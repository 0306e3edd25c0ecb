using Classifier.Articles;
using Classifier.Explanations;
using Classifier.Scoring;
using Classifier.Training.Pipelines;
using Classifier.Training.Runs;

namespace Classifier.Tests.Explanations;

public sealed class TreeHeadExplanationTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("tree-explain-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void A_tree_head_shows_its_calibrated_probabilities_and_says_it_has_no_decomposition()
    {
        var bundle = Path.Combine(_dir.FullName, "trees");
        new TrainingRun(new Progress<string>()).Execute(new TrainingOptions
        {
            DataPaths = [Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny.csv")],
            OutputDirectory = bundle,
            Heads = ["region"],
            Head = new HeadTrainingOptions { Selection = SelectionMode.None, ValidationFraction = 0.34, Trainer = TrainerSpec.OneVersusAllFastTree },
        });
        var classifier = NewsClassifier.Load(bundle);

        var explanation = new ArticleExplainer(classifier).Explain(new Article("t", "Floods in Bangladesh", "Floods in Dhaka killed 20 people."));

        var head = Assert.Single(explanation.Heads);
        Assert.NotEqual("linear", head.Model);
        Assert.Contains("no exact per-feature decomposition", head.Note);
        Assert.Empty(head.Features);
        Assert.Null(head.Chosen.Score);
        Assert.Equal(explanation.Result.RegionScores[0].Id, head.Chosen.Class);
        Assert.Equal(explanation.Result.RegionScores[0].Score, head.Chosen.Probability, 1e-6);
    }
}
