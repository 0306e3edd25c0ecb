using System.Globalization;
using System.Text.Json;
using Classifier.Articles;
using Classifier.Wire;

namespace Classifier.Cli.Output;

/// <summary>A scored record's output line for score. A record without an id gets its line number as <c>"line"</c>
/// (first, where the id would be), so its result can still be joined to its input, as an error line can.</summary>
public static class ScoredLine
{
    public static string Format(Classification result, long line)
    {
        var json = JsonSerializer.Serialize(result, JsonOutput.Compact);
        return result.Id is not null
            ? json
            : string.Create(CultureInfo.InvariantCulture, $"{{\"line\":{line},{json.AsSpan(1)}");
    }
}
