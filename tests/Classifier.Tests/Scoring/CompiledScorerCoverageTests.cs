using Classifier.Articles;
using Classifier.Scoring;
using Classifier.Scoring.Compiled;
using Classifier.Training.Pipelines;
using Classifier.Training.Runs;

namespace Classifier.Tests.Scoring;

/// <summary>Heads the compiled scorer does not cover keep ML.NET, say why, and score as before.</summary>
public class CompiledScorerCoverageTests
{
    [Fact]
    public void Tree_heads_stay_on_MlNet_with_the_reason() =>
        AssertStaysOnMlNet(FeaturizerSpec.WordBigrams, TrainerSpec.OneVersusAllFastTree, "not a maximum-entropy linear model");

    [Fact]
    public void Char_ngram_heads_stay_on_MlNet_with_the_reason() =>
        AssertStaysOnMlNet(FeaturizerSpec.Parse("word1-2 + char3 tfidf"), TrainerSpec.LbfgsMaximumEntropy, "char n-grams are not compiled");

    private static void AssertStaysOnMlNet(FeaturizerSpec featurizer, TrainerSpec trainer, string reason)
    {
        var root = Directory.CreateTempSubdirectory("classifier-tests-").FullName;
        try
        {
            var bundle = Path.Combine(root, "bundle");
            new TrainingRun(new Progress<string>()).Execute(new TrainingOptions
            {
                DataPaths = [Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny.csv")],
                OutputDirectory = bundle,
                Head = new HeadTrainingOptions
                {
                    Selection = SelectionMode.None, ValidationFraction = 0.34, Featurizer = featurizer, Trainer = trainer,
                },
            });

            var compiled = NewsClassifier.Load(bundle);
            var mlnet = NewsClassifier.Load(bundle, ScoringEngine.MlNet);
            Assert.Empty(compiled.CompiledHeads);
            Assert.Equal(["region", "tone", "topic"], compiled.MlNetHeads.Keys.Order(StringComparer.Ordinal));
            Assert.All(compiled.MlNetHeads.Values, r => Assert.Contains(reason, r));

            var article = new Article("a", "Ministers meet", "The foreign ministers of Qatar and Egypt met in Doha and agreed to cooperate.");
            var expected = mlnet.Classify(article);
            var actual = compiled.Classify(article);
            Assert.Equal(expected.TopicScores, actual.TopicScores);
            Assert.Equal(expected.ToneScores, actual.ToneScores);
            Assert.Equal(expected.RegionScores, actual.RegionScores);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
