using Classifier.Scoring;
using Classifier.Tests.Shared;
using Classifier.Training.Pipelines;
using Classifier.Training.Runs;

namespace Classifier.Tests.Support;

/// <summary>Trains one small bundle from Fixtures/tiny.csv for the tests that need a bundle they own.</summary>
public sealed class TinyBundleFixture : IDisposable
{
    public TinyBundleFixture()
    {
        Root = Directory.CreateTempSubdirectory("classifier-tests-").FullName;
        BundleDirectory = Path.Combine(Root, "bundle");
        DataFile = Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny.csv");
        Result = new TrainingRun(new Progress<string>()).Execute(new TrainingOptions
        {
            DataPaths = [DataFile],
            OutputDirectory = BundleDirectory,
            Head = new HeadTrainingOptions { Selection = SelectionMode.None, ValidationFraction = 0.34 },
        });
        Classifier = NewsClassifier.Load(BundleDirectory);
    }

    public string Root { get; }

    public string BundleDirectory { get; }

    public string DataFile { get; }

    public TrainingResult Result { get; }

    public NewsClassifier Classifier { get; }

    /// <summary>A fresh copy of the bundle that a test may damage.</summary>
    public string CopyBundle()
    {
        var copy = Path.Combine(Root, $"copy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(BundleDirectory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class TinyBundleCollection : ICollectionFixture<TinyBundleFixture>
{
    public const string Name = "tiny bundle";
}
