using Classifier.Articles;
using Classifier.Hosting.Scoring;
using Classifier.Scoring;

namespace Classifier.Hosting.Nats;

/// <summary>Turns a batch of raw message bodies into one outcome each: a result, or the reason there is none. Valid
/// articles are scored in one pass; if that pass fails in any way short of a fatal error, each is scored alone so that
/// one bad article costs only its own outcome (see <see cref="IsolatingScorer"/>).</summary>
public static class BatchScorer
{
    /// <summary>One message body and the id its result gets when the body has none (see <see cref="Score"/>).</summary>
    public readonly record struct Input(ReadOnlyMemory<byte> Payload, string FallbackId);

    /// <summary>Exactly one of <see cref="Result"/> and <see cref="Error"/> is set. <see cref="Id"/> is the input's
    /// own id, null when it had none.</summary>
    public sealed record Outcome(string? Id, Classification? Result, string? Error);

    /// <summary>A result's <c>id</c> is the input's <c>id</c>; an input without one gets its fallback id (the
    /// worker passes <c>&lt;stream&gt;:&lt;sequence&gt;</c>), so every result can still be matched and de-duplicated.</summary>
    public static Outcome[] Score(NewsClassifier classifier, IReadOnlyList<Input> inputs, IsolatingScorer? scorer = null)
    {
        var parsed = inputs.Select(input => WireInput.Parse(input.Payload)).ToArray();
        var scored = (scorer ?? IsolatingScorer.Default).Score(classifier, parsed, i => inputs[i].FallbackId);
        return [.. parsed.Select((article, i) => new Outcome(article.Id, scored[i].Result, scored[i].Error))];
    }
}
