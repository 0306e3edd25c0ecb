using System.Text;
using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>CAMEO-coded sentences (<c>sentence TAB label</c>, no header, as in ConfliBERT's <c>cameo_class</c>):
/// tone labels only.</summary>
public sealed class CameoImporter : ICorpusImporter
{
    public const string Source = "conflibert-cameo";

    // The file's labels 0-4 are the Phoenix PentaClass groups of CAMEO root codes, the same grouping as our tones.
    private static readonly string[] s_tones =
        ["neutral", "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];

    public string Name => "cameo";

    public string Description => "CAMEO-coded TSV (sentence<TAB>label 0-4, one file): tone labels.";

    public IEnumerable<LabelledArticle> Import(string path, IProgress<string>? progress, ImportSkips? skips = null)
    {
        var file = InputFiles.Single(path, "*.tsv");
        var imported = 0;
        foreach (var (line, location) in NumberedLines.NonBlank(file))
        {
            var tab = line.LastIndexOf('\t');
            if (tab < 0)
            {
                throw new ImportFormatException(location, "expected 'sentence<TAB>label'");
            }

            var sentence = line[..tab].Trim();
            var label = line[(tab + 1)..].Trim();
            if (sentence.Length == 0)
            {
                throw new ImportFormatException(location, "empty sentence");
            }

            imported++;
            yield return new LabelledArticle
            {
                Id = $"cameo-{location.Line}",
                Text = sentence,
                Tone = ToneOf(label, location),
                Source = Source,
                Location = location,
            };
        }

        progress?.Report($"{Path.GetFileName(file)}: imported {imported}");
    }

    private static string ToneOf(string label, SourceLocation location)
    {
        if (label.Length == 1 && label[0] is >= '0' and <= '4')
        {
            return s_tones[label[0] - '0'];
        }

        throw new ImportFormatException(location, $"bad label '{label}' (expected 0-4: {string.Join(", ", s_tones.Select((t, i) => $"{i} {t}"))})");
    }
}
