using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>Turns one public corpus format into rows of the training-data contract.</summary>
public interface ICorpusImporter
{
    /// <summary>The name used by <c>classifier import --format</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command's help.</summary>
    string Description { get; }

    /// <summary>Reads <paramref name="path"/> lazily. Records the format says to leave out are counted in
    /// <paramref name="skips"/>; input that cannot be read throws <see cref="ImportFormatException"/>.</summary>
    IEnumerable<LabelledArticle> Import(string path, IProgress<string>? progress, ImportSkips? skips = null);
}
