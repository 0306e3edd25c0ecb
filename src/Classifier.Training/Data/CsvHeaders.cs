namespace Classifier.Training.Data;

public static class CsvHeaders
{
    /// <summary>Position of a column by name, ignoring case and surrounding spaces; -1 when absent.</summary>
    public static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
