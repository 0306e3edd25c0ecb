using System.Text;

namespace Classifier.Benchmarks;

/// <summary>A wire-style article of a chosen length, built from sentences written for this benchmark.</summary>
internal static class LongText
{
    private static readonly string[] s_sentences =
    [
        "DOHA, March 3 (Reuters) - Foreign ministers from the Gulf and Europe met in Doha on Tuesday to discuss the fighting in Sudan and the risk that it spreads to Chad.",
        "Officials said the talks focused on humanitarian corridors, the protection of aid workers and a possible ceasefire monitored by the African Union.",
        "The Qatari foreign minister told reporters that both sides had expressed willingness to continue a regular dialogue.",
        "Diplomats from France, Germany and Italy said they would raise the issue at the United Nations Security Council next week.",
        "Fighting around Khartoum and in Darfur has displaced millions of people since it began, according to United Nations figures.",
        "Egypt, which shares a long border with Sudan, has received hundreds of thousands of refugees and asked donors for more support.",
        "Analysts said the meeting showed a growing role for Gulf states as mediators in African conflicts.",
        "A joint statement issued after the meeting called for an immediate halt to attacks on civilians and for unhindered access for relief convoys.",
    ];

    public static string Words(int count)
    {
        var builder = new StringBuilder();
        var words = 0;
        for (var i = 0; words < count; i++)
        {
            var sentence = s_sentences[i % s_sentences.Length];
            builder.Append(sentence).Append(' ');
            words += sentence.Split(' ').Length;
        }

        return builder.ToString().Trim();
    }
}
