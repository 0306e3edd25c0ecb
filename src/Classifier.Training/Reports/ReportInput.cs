using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Explanations;
using Classifier.Training.Data;
using Classifier.Training.Evaluation;

namespace Classifier.Training.Reports;

/// <summary>What one evaluated bundle contributes to the report.</summary>
public sealed record EvaluatedBundle(
    string Name,
    string Path,
    BundleManifest Manifest,
    EvaluationReport Report,
    IReadOnlyList<Classification> Predictions,
    ArticleExplainer? Explainer);

/// <summary>Everything the HTML report shows: the data, the bundle, and optionally a second bundle to compare with.</summary>
public sealed record ReportInput(
    IReadOnlyList<string> DataPaths,
    IReadOnlyList<LabelledArticle> Articles,
    EvaluatedBundle Bundle,
    EvaluatedBundle? Compared = null,
    int ErrorsPerHead = ConfidentErrors.DefaultCount);
