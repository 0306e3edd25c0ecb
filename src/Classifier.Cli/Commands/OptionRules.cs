using System.CommandLine;

namespace Classifier.Cli.Commands;

/// <summary>Value rules for command-line options, so a bad value is refused at parse time with one message shape:
/// "--name rule."</summary>
internal static class OptionRules
{
    public static void Require<T>(this Option<T> option, Func<T, bool> valid, string rule) =>
        option.Validators.Add(r =>
        {
            if (!valid(r.GetValueOrDefault<T>()))
            {
                r.AddError($"{option.Name} {rule}.");
            }
        });

    public static void RequireBetween(this Option<int> option, int min, int max, string unit = "") =>
        option.Require(v => v >= min && v <= max, $"must be between {min} and {max}{unit}");
}
