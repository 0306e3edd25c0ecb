using System.Text;
using System.Text.Json;

namespace Classifier.Hosting.Tests.Fuzz;

/// <summary>A seeded generator of malformed and mutated wire inputs: random bytes, truncated and mutated JSON, wrong
/// field types, deep nesting, huge strings, invalid UTF-8 and escaped lone surrogates, among valid articles. The same
/// seed gives the same inputs, so a failure names its seed and can be replayed.</summary>
internal sealed class WireFuzzer(int seed, int hugeStringChars)
{
    private static readonly string[] s_texts =
    [
        "Ministers met in Doha for talks on trade and security.",
        "Floods in Bangladesh killed 20 people, officials in Dhaka said.",
        "Troops shelled rebel positions near the border, killing dozens.",
        "The central bank raised interest rates by half a point.",
        "Café société: l'économie française ralentit, dit l'INSEE. 東京で会議。 مؤتمر في الدوحة",
    ];

    private static readonly byte[][] s_badUtf8 =
    [
        [0xE9], [0xFF], [0xC3, 0x28], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ];

    private readonly Random _random = new(seed);

    public Dictionary<string, int> Kinds { get; } = [];

    /// <summary>One whole message or request body.</summary>
    public byte[] NextBody()
    {
        // Huge strings are few: each costs as much as hundreds of the others.
        var (kind, body) = _random.Next(40) switch
        {
            < 5 => ("random bytes", RandomBytes()),
            < 10 => ("truncated JSON", Truncate(Encode(ValidArticle()))),
            < 15 => ("mutated JSON", Mutate(Encode(ValidArticle()))),
            < 20 => ("invalid UTF-8", WithBadUtf8(Encode(ValidArticle()))),
            < 25 => ("deep nesting", Encode(DeepNesting())),
            < 26 => ("huge string", Encode(HugeArticle())),
            < 30 => ("valid article", Encode(ValidArticle())),
            _ => ("wrong types", Encode(ElementText())),
        };
        Count(kind);
        return body;
    }

    /// <summary>One element of a batch's array: always a well-formed JSON value, of any shape, so that the batch
    /// parses and every element must get its own result.</summary>
    public string NextElement()
    {
        var (kind, element) = _random.Next(6) switch
        {
            0 => ("element: valid article", ValidArticle()),
            1 => ("element: deep nesting", DeepNesting(maxDepth: 60)),
            2 => ("element: escaped lone surrogate", $$"""{"id":"s{{_random.Next(1000)}}","text":"\ud800 {{Pick(s_texts)}}"}"""),
            3 => ("element: not an object", Pick(["1", "\"text\"", "null", "true", "[]", "[{\"text\":\"x\"}]", "-0.5e300"])),
            _ => ("element: wrong types", ElementText()),
        };
        Count(kind);
        return element;
    }

    /// <summary>A batch body of well-formed elements, and how many there are.</summary>
    public (byte[] Body, int Count) NextBatch(int maxElements)
    {
        var count = _random.Next(1, maxElements + 1);
        var elements = Enumerable.Range(0, count).Select(_ => NextElement());
        return (Encode($"{{\"articles\":[{string.Join(",", elements)}]}}"), count);
    }

    /// <summary>A batch body broken as a whole (mutated, truncated or not UTF-8).</summary>
    public byte[] NextBrokenBatch()
    {
        var (body, _) = NextBatch(4);
        Count("broken batch");
        return _random.Next(3) switch
        {
            0 => Truncate(body),
            1 => Mutate(body),
            _ => WithBadUtf8(body),
        };
    }

    private void Count(string kind) => Kinds[kind] = Kinds.GetValueOrDefault(kind) + 1;

    private string ValidArticle()
    {
        var fields = new List<string>();
        if (_random.Next(4) > 0)
        {
            fields.Add($"\"id\":{JsonSerializer.Serialize($"f{_random.Next(100_000)}")}");
        }

        if (_random.Next(2) == 0)
        {
            fields.Add($"\"title\":{JsonSerializer.Serialize(Pick(s_texts)[..20])}");
        }

        fields.Add($"\"text\":{JsonSerializer.Serialize(Pick(s_texts))}");
        return $"{{{string.Join(",", fields.OrderBy(_ => _random.Next()))}}}";
    }

    private string ElementText()
    {
        string[] values = ["123", "-1.5e10", "true", "false", "null", "{}", "{\"a\":1}", "[]", "[\"x\"]", "\"\"", "\"   \"", JsonSerializer.Serialize(Pick(s_texts))];
        var fields = new[] { "id", "title", "text" }
            .Where(_ => _random.Next(4) > 0)
            .Select(name => $"\"{name}\":{Pick(values)}");
        var extra = _random.Next(3) == 0 ? new[] { $"\"{Pick(["extra", "Text", "", "text"])}\":{Pick(values)}" } : [];
        return $"{{{string.Join(",", fields.Concat(extra))}}}";
    }

    private string DeepNesting(int maxDepth = 3_000)
    {
        var depth = _random.Next(2, maxDepth);
        var (open, close) = _random.Next(2) == 0 ? ("[", "]") : ("{\"text\":", "}");
        var inner = Pick(["1", "\"deep\"", "{}", "[]"]);
        return _random.Next(2) == 0
            ? $"{{\"id\":\"deep\",\"text\":{Repeat(open, depth)}{inner}{Repeat(close, depth)}}}"
            : $"{Repeat(open, depth)}{inner}{Repeat(close, depth)}";
    }

    private string HugeArticle()
    {
        var length = _random.Next(hugeStringChars / 2, hugeStringChars);
        var text = _random.Next(2) == 0
            ? new string((char)('a' + _random.Next(26)), length)
            : string.Concat(Enumerable.Repeat(Pick(s_texts) + " ", length / 40 + 1))[..length];
        var field = Pick(["text", "title", "id"]);
        return field == "text"
            ? $"{{\"id\":\"huge\",\"text\":{JsonSerializer.Serialize(text)}}}"
            : $"{{\"{field}\":{JsonSerializer.Serialize(text)},\"text\":\"Talks were held in Doha.\"}}";
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(0, 300)];
        _random.NextBytes(bytes);
        if (bytes.Length > 0 && _random.Next(2) == 0)
        {
            bytes[0] = (byte)'{';
        }

        return bytes;
    }

    private byte[] Truncate(byte[] body) => body[..(body.Length == 0 ? 0 : _random.Next(body.Length))];

    private byte[] Mutate(byte[] body)
    {
        var bytes = body.ToList();
        for (var n = _random.Next(1, 6); n > 0 && bytes.Count > 0; n--)
        {
            var at = _random.Next(bytes.Count);
            switch (_random.Next(3))
            {
                case 0:
                    bytes[at] = (byte)_random.Next(256);
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                default:
                    bytes.Insert(at, Pick("{}[]\",:\\0123456789"u8.ToArray()));
                    break;
            }
        }

        return [.. bytes];
    }

    private byte[] WithBadUtf8(byte[] body)
    {
        var at = _random.Next(body.Length + 1);
        return [.. body[..at], .. Pick(s_badUtf8), .. body[at..]];
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private static byte[] Encode(string s) => Encoding.UTF8.GetBytes(s);
}
