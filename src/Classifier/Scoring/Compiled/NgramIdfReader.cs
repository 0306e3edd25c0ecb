using System.Reflection;
using Microsoft.ML;

namespace Classifier.Scoring.Compiled;

/// <summary>Reads the IDF weights a fitted ML.NET featurizer holds. ML.NET keeps them in its n-gram transformer's
/// private <c>_invDocFreqs</c> (one array per column, indexed by n-gram slot, with spare capacity at the end) and offers no public accessor, so this
/// finds that transformer by type name in the featurizer's object graph. It is tied to the ML.NET version the
/// repository pins; when the field is not found (another version), the compiler falls back on probe documents, and
/// either way the compiled head is checked against ML.NET before it is used.</summary>
internal static class NgramIdfReader
{
    private const string TransformerTypeName = "NgramExtractingTransformer";
    private const string IdfFieldName = "_invDocFreqs";
    private const int MaxDepth = 8;

    /// <returns>The IDF of each of the <paramref name="slotCount"/> n-gram slots, or null when not found.</returns>
    public static double[]? TryRead(IEnumerable<ITransformer> featurizer, int slotCount)
    {
        var found = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var transformer in featurizer)
        {
            Find(transformer, 0, seen, found);
        }

        if (found.Count != 1)
        {
            return null;
        }

        var field = found[0].GetType().GetField(IdfFieldName, BindingFlags.Instance | BindingFlags.NonPublic);
        // The array is the n-gram pool's, grown in steps, so it may be longer than the slots in use.
        return field?.GetValue(found[0]) is double[][] { Length: 1 } columns && columns[0]?.Length >= slotCount ? columns[0][..slotCount] : null;
    }

    private static void Find(object node, int depth, HashSet<object> seen, List<object> found)
    {
        if (depth > MaxDepth || !seen.Add(node))
        {
            return;
        }

        var type = node.GetType();
        if (type.Name == TransformerTypeName)
        {
            found.Add(node);
            return;
        }

        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsValueType || field.FieldType == typeof(string) || field.GetValue(node) is not { } value)
                {
                    continue;
                }

                if (value is object?[] { Length: <= 64 } items)
                {
                    foreach (var item in items)
                    {
                        if (item is not null && IsMlNet(item))
                        {
                            Find(item, depth + 1, seen, found);
                        }
                    }
                }
                else if (value is not Array && IsMlNet(value))
                {
                    Find(value, depth + 1, seen, found);
                }
            }
        }
    }

    private static bool IsMlNet(object value) =>
        value.GetType().Assembly.GetName().Name?.StartsWith("Microsoft.ML", StringComparison.Ordinal) == true;
}
