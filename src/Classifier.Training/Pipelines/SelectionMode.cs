namespace Classifier.Training.Pipelines;

/// <summary>How hard model selection searches on the validation split.</summary>
public enum SelectionMode
{
    /// <summary>Only the default pipeline (word 1-2-gram TF-IDF, L-BFGS maximum entropy); still validated.</summary>
    None,

    /// <summary>Every featurizer with L-BFGS, then the other trainers with the best featurizer (one-versus-all FastTree
    /// only for heads with dense engineered features: see <see cref="TrainerSpec.NeedsDenseFeatures"/>).</summary>
    Quick,

    /// <summary>Every featurizer with every trainer.</summary>
    Full,
}
