using Classifier.Features;

namespace Classifier.Explanations;

/// <summary>Explains one head's decision on one model row.</summary>
internal interface IHeadExplainer
{
    HeadExplanation Explain(ModelInput input, int top);
}
