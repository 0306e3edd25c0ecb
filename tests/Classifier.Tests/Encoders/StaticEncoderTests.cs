using Classifier.Encoders;

namespace Classifier.Tests.Encoders;

public sealed class StaticEncoderTests
{
    private static EncoderIdentity Identity(int dims) =>
        new(EncoderKinds.Static, MiniLmPackage.PackageId, MiniLmPackage.Instance.Version, MiniLmPackage.Instance.ModelSha256, 0, dims, "t.bin", "x");

    [Fact]
    public void An_article_is_the_normalised_mean_of_its_tokens_rows()
    {
        var tokenizer = MiniLmPackage.Instance.Tokenizer;
        var ids = tokenizer.EncodeToIds("floods cities", addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true);
        var rows = new float[MiniLmPackage.Instance.VocabularySize][];
        for (var t = 0; t < rows.Length; t++)
        {
            rows[t] = new float[4];
        }

        rows[ids[0]] = [1f, 0f, 0f, 0f];
        rows[ids[^1]] = [0f, 1f, 0f, 0f];
        var encoder = new StaticEncoder(StaticTable.FromRows(rows), Identity(4));

        var v = encoder.Encode("Floods cities");

        Assert.Equal(0.7071, v[0], 3);
        Assert.Equal(0.7071, v[1], 3);
        Assert.Equal(0f, v[2]);
        Assert.Equal([0f, 0f, 0f, 0f], encoder.Encode(""));
    }

    [Fact]
    public void A_table_round_trips_through_its_file_within_the_quantisation_step()
    {
        var random = new Random(5);
        var rows = Enumerable.Range(0, 50).Select(_ => Enumerable.Range(0, 16).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()).ToArray();
        var table = StaticTable.FromRows(rows);
        var path = Path.Combine(Path.GetTempPath(), $"static-{Guid.NewGuid():N}.bin");
        try
        {
            table.Save(path);
            var loaded = StaticTable.Load(path);

            Assert.Equal(50, loaded.Tokens);
            Assert.Equal(16, loaded.Dimensions);
            for (var t = 0; t < 50; t++)
            {
                var sum = new float[16];
                loaded.AddRow(t, sum);
                var step = rows[t].Max(Math.Abs) / 127f;
                Assert.All(sum.Zip(rows[t]), p => Assert.True(Math.Abs(p.First - p.Second) <= step, $"{p.First} vs {p.Second}"));
            }

            File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8]);
            Assert.Throws<InvalidDataException>(() => StaticTable.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
