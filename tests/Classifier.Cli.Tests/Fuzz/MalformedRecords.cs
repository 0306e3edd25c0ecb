using System.Text;
using System.Text.Json;

namespace Classifier.Cli.Tests.Fuzz;

/// <summary>A seeded generator of bad input for score: the same seed gives the same bytes, so a failure can be
/// replayed. Each kind of damage is one a real feed has produced or a hostile one could.</summary>
internal sealed class MalformedRecords(int seed)
{
    private static readonly string[] Texts =
    [
        "Government troops shelled a rebel-held town in northern Ethiopia, killing at least 20 civilians.",
        "The foreign ministers of Qatar and Russia discussed Syria and Libya by phone.",
        "The central bank raised interest rates by half a point to curb inflation.",
        "The striker scored twice as the champions won the derby in Madrid.",
        "Caf\u00e9 owners in Z\u00fcrich protest new rules \u2014 \u201cwe are closing\u201d, says one.",
    ];

    private readonly Random _random = new(seed);

    public Dictionary<string, int> Kinds { get; } = [];

    /// <summary>One JSON line (without its newline); may contain any bytes, even newlines (which make more lines).</summary>
    public byte[] JsonLine()
    {
        var (kind, bytes) = _random.Next(14) switch
        {
            0 => ("valid", Utf8(Valid())),
            1 => ("truncated", Truncate(Utf8(Valid()))),
            2 => ("wrong type", Utf8(WrongType())),
            3 => ("deep nesting", Utf8(Nest(_random.Next(50, 5000)))),
            4 => ("huge string", Utf8(JsonSerializer.Serialize(new { id = Id(), text = Huge() }))),
            5 => ("invalid UTF-8", InsertInvalidUtf8(Utf8(Valid()))),
            6 => ("random bytes", RandomBytes(_random.Next(0, 300))),
            7 => ("flipped bytes", Flip(Utf8(Valid()))),
            8 => ("title only / empty", Utf8(TitleOrEmpty())),
            9 => ("bad escape", Utf8(BadEscape())),
            10 => ("not an object", Utf8(NotAnObject())),
            11 => ("duplicate / extra fields", Utf8($$"""{"id":"{{Id()}}","text":"x","text":{{JsonSerializer.Serialize(Text())}},"extra":[1,{"a":null}]}""")),
            12 => ("control characters", Utf8(JsonSerializer.Serialize(new { id = Id(), text = "\u0000\u0001\u001f " + Text() + "\u2028\u2029\ufeff" }))),
            _ => ("numbers and nulls", Utf8($$"""{"id":{{_random.Next()}},"title":null,"text":{{JsonSerializer.Serialize(Text())}}}""")),
        };
        Kinds[kind] = Kinds.GetValueOrDefault(kind) + 1;
        return bytes;
    }

    /// <summary>One CSV record (with its line break), of the <c>id,title,text</c> layout or damaged.</summary>
    public byte[] CsvRecord()
    {
        var (kind, text) = _random.Next(10) switch
        {
            0 or 1 => ("csv valid", $"{Id()},{Quote(Title())},{Quote(Text())}\n"),
            2 => ("csv stray quote", $"{Id()},ti\"tle,te\"xt {Text()}\n"),
            3 => ("csv text after closing quote", $"{Id()},\"title\"x,\"{Text()}\"junk\n"),
            4 => ("csv line break in quotes", $"{Id()},\"two\nline title\",\"{Text()}\r\nsecond paragraph\"\n"),
            5 => ("csv wrong field count", _random.Next(2) == 0 ? $"{Id()}\n" : $"{Id()},a,b,c,d,{Text()}\n"),
            6 => ("csv empty fields", _random.Next(2) == 0 ? $"{Id()},,\n" : $"{Id()},{Title()},\n"),
            7 => ("csv huge field", $"{Id()},,{Quote(Huge())}\n"),
            8 => ("csv invalid UTF-8", null),
            _ => ("csv CRLF and escaped quotes", $"{Id()},\"say \"\"hello\"\"\",\"{Text()}\"\r\n"),
        };
        Kinds[kind] = Kinds.GetValueOrDefault(kind) + 1;
        return text is null ? [.. InsertInvalidUtf8(Utf8($"{Id()},,{Text()}")), (byte)'\n'] : Utf8(text);
    }

    private string Valid() => JsonSerializer.Serialize(new { id = Id(), title = Title(), text = Text() });

    private string WrongType()
    {
        string[] values = ["123", "-0.5e9", "true", "false", "{\"body\":\"x\"}", "[\"a\",\"b\"]", "[]", "{}"];
        var value = values[_random.Next(values.Length)];
        return _random.Next(3) switch
        {
            0 => $$"""{"id":"{{Id()}}","text":{{value}}}""",
            1 => $$"""{"id":"{{Id()}}","title":{{value}},"text":{{JsonSerializer.Serialize(Text())}}}""",
            _ => $$"""{"id":{{value}},"text":{{JsonSerializer.Serialize(Text())}}}""",
        };
    }

    private string TitleOrEmpty() => _random.Next(3) switch
    {
        0 => $$"""{"id":"{{Id()}}","title":{{JsonSerializer.Serialize(Title())}}}""",
        1 => $$"""{"id":"{{Id()}}","title":" ","text":"   "}""",
        _ => """{}""",
    };

    private string BadEscape() => _random.Next(3) switch
    {
        0 => $$"""{"id":"{{Id()}}","text":"lone \ud800 surrogate"}""",
        1 => $$"""{"id":"{{Id()}}","text":"bad \x escape"}""",
        _ => $$"""{"id":"{{Id()}}","text":"unfinished \u12"}""",
    };

    private string NotAnObject()
    {
        string[] values = ["null", "42", "\"just a string\"", "[1,2,3]", "true", "{", "}", ",", "{\"id\":}"];
        return values[_random.Next(values.Length)];
    }

    private static string Nest(int depth) => new string('[', depth) + new string(']', depth);

    private string Huge() => string.Concat(Enumerable.Repeat(Text() + " ", _random.Next(20, 250)));

    private string Id() => $"f{_random.Next(1_000_000)}";

    private string Title() => _random.Next(3) == 0 ? "" : Texts[_random.Next(Texts.Length)][..20];

    private string Text() => Texts[_random.Next(Texts.Length)];

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private byte[] Truncate(byte[] bytes) => bytes[..Math.Max(1, _random.Next(bytes.Length))];

    private byte[] InsertInvalidUtf8(byte[] bytes)
    {
        byte[][] bad = [[0xFF], [0xC3], [0xE9], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF]];
        var at = _random.Next(bytes.Length / 2, bytes.Length);
        return [.. bytes[..at], .. bad[_random.Next(bad.Length)], .. bytes[at..]];
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        }

        return copy;
    }
}
