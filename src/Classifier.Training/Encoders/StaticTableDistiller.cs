using Classifier.Encoders;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Training.Encoders;

/// <summary>Distils MiniLM into a <see cref="StaticTable"/>, as Model2Vec does: every vocabulary token is encoded
/// once on its own ([CLS] token [SEP], mean-pooled), the vectors are reduced by PCA, and each row is weighted by
/// how rare its token is in the training texts (smooth inverse frequency, a / (a + p)), so that averaging the rows
/// of an article is dominated by its content words rather than "the" and ",".</summary>
public static class StaticTableDistiller
{
    public const int DefaultDimensions = 128;
    private const int Batch = 256;
    private const double SifA = 1e-3;

    public static StaticTable Distill(MiniLmPackage package, int dimensions, IReadOnlyList<string> corpus, IProgress<string> progress)
    {
        var vectors = EncodeVocabulary(package, progress);
        progress.Report($"static encoder: PCA {MiniLmPackage.Dimensions} -> {dimensions} dimensions");
        var reduced = Pca(vectors, dimensions);
        var weights = SifWeights(package, corpus);
        for (var t = 0; t < reduced.Length; t++)
        {
            var w = (float)weights[t];
            for (var d = 0; d < dimensions; d++)
            {
                reduced[t][d] *= w;
            }
        }

        return StaticTable.FromRows(reduced);
    }

    private static float[][] EncodeVocabulary(MiniLmPackage package, IProgress<string> progress)
    {
        var size = package.VocabularySize;
        var dims = MiniLmPackage.Dimensions;
        var result = new float[size][];
        var batches = (size + Batch - 1) / Batch;
        var done = 0;
        progress.Report($"static encoder: encoding {size} vocabulary tokens with MiniLM");
        // One session serves every thread: ONNX Runtime runs are thread-safe, and each session holds the 91 MB model.
        using var encoder = new MiniLmEncoder(package: package);
        Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b =>
        {
            var first = b * Batch;
            var count = Math.Min(Batch, size - first);
            var ids = new long[count * 3];
            for (var k = 0; k < count; k++)
            {
                ids[3 * k] = 101;
                ids[(3 * k) + 1] = first + k;
                ids[(3 * k) + 2] = 102;
            }

            var hidden = encoder.RunBatch(ids, count);
            for (var k = 0; k < count; k++)
            {
                var v = new float[dims];
                for (var p = 0; p < 3; p++)
                {
                    var row = hidden.AsSpan(((3 * k) + p) * dims, dims);
                    for (var d = 0; d < dims; d++)
                    {
                        v[d] += row[d] / 3f;
                    }
                }

                result[first + k] = v;
            }

            if (Interlocked.Increment(ref done) % 20 == 0)
            {
                progress.Report($"static encoder: {Math.Min(size, done * Batch)}/{size} tokens");
            }
        });

        return result;
    }

    private static float[][] Pca(float[][] vectors, int dimensions)
    {
        var mlContext = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Vector)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vectors[0].Length);
        var view = mlContext.Data.LoadFromEnumerable(vectors.Select(v => new VectorRow { Vector = v }), schema);
        var pca = mlContext.Transforms.ProjectToPrincipalComponents(nameof(ProjectedRow.Projected), nameof(VectorRow.Vector), rank: dimensions, seed: 1)
            .Fit(view);
        return [.. mlContext.Data.CreateEnumerable<ProjectedRow>(pca.Transform(view), reuseRowObject: false).Select(r => r.Projected)];
    }

    private static double[] SifWeights(MiniLmPackage package, IReadOnlyList<string> corpus)
    {
        var counts = new long[package.VocabularySize];
        long total = 0;
        foreach (var text in corpus)
        {
            foreach (var id in package.Tokenizer.EncodeToIds(text, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true))
            {
                if ((uint)id < (uint)counts.Length)
                {
                    counts[id]++;
                    total++;
                }
            }
        }

        var weights = new double[counts.Length];
        for (var t = 0; t < counts.Length; t++)
        {
            var p = total == 0 ? 0 : (double)counts[t] / total;
            weights[t] = SifA / (SifA + p);
        }

        return weights;
    }

    private sealed class VectorRow
    {
        public float[] Vector { get; set; } = [];
    }

    private sealed class ProjectedRow
    {
        public float[] Projected { get; set; } = [];
    }
}
