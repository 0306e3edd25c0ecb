using System.Net;
using System.Text.RegularExpressions;

namespace Classifier.Text;

/// <summary>Removes what is not the story from article text: HTML markup and entities, wire-service credits and
/// sign-offs, ticker marks, bylines and copyright boilerplate. Training and scoring both go through it (from
/// <see cref="Features.ArticleFeaturizer"/>), so an importer keeps the text as a user would send it and the two
/// sides always see the same words: a model must not learn an agency's name, nor lose its footing on a
/// <c>&lt;p&gt;</c> it never saw in training.</summary>
public static partial class ArticleCleaner
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cleaned = text;
        if (cleaned.Contains('&'))
        {
            // Twice: feeds often double-escape ("&amp;lt;p&amp;gt;").
            cleaned = WebUtility.HtmlDecode(WebUtility.HtmlDecode(cleaned));
        }

        if (cleaned.Contains('<'))
        {
            cleaned = ScriptOrStyle().Replace(cleaned, " ");
            cleaned = HtmlComment().Replace(cleaned, " ");
            cleaned = BlockTag().Replace(cleaned, " ");
            cleaned = InlineTag().Replace(cleaned, "");
            cleaned = AngleTicker().Replace(cleaned, "");
            // Reuters marks company names as "<Sumitomo Bank Ltd>": keep the name, drop the marks.
            cleaned = AngleName().Replace(cleaned, "$1");
        }

        // Each pass below is guarded by a literal its pattern cannot match without: this runs on every article
        // scored, and an unanchored pattern scans the whole text (seven scans took ~90 µs of an 800-word article).
        if (cleaned.Contains('('))
        {
            cleaned = ParenTicker().Replace(cleaned, "");
            if (HasAgencyInParentheses(cleaned))
            {
                cleaned = s_agencyInParentheses.Replace(cleaned, "");
            }
        }

        cleaned = LeadingByline().Replace(cleaned, "");
        if (HasCreditPhrase(cleaned))
        {
            cleaned = ReportingCredits().Replace(cleaned, " ");
        }

        if (ContainsAny(cleaned, "contributed"))
        {
            cleaned = WriterContributed().Replace(cleaned, " ");
        }

        if (cleaned.Contains('©') || ContainsAny(cleaned, "copyright"))
        {
            cleaned = Copyright().Replace(cleaned, " ");
        }

        if (EndsWithSignOff(cleaned))
        {
            cleaned = TrailingSignOff().Replace(cleaned, "");
        }

        return cleaned;
    }

    /// <summary>Whether "(Agency)" occurs, for one of <see cref="s_agencies"/>: what the credit pattern needs.</summary>
    private static bool HasAgencyInParentheses(string text)
    {
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var rest = text.AsSpan(open + 1);
            foreach (var agency in s_agencies)
            {
                if (rest.Length > agency.Length && rest.StartsWith(agency, StringComparison.Ordinal) && rest[agency.Length] == ')')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether "Reporting by", "Writing by" or "Editing by" (any case, any white space) occurs: the start of
    /// what <see cref="ReportingCredits"/> matches, found with vectorised searches instead of a regex scan.</summary>
    private static bool HasCreditPhrase(string text)
    {
        foreach (var word in (ReadOnlySpan<string>)["reporting", "writing", "editing"])
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var after = text.AsSpan(at + word.Length);
                var trimmed = after.TrimStart();
                if (trimmed.Length < after.Length && trimmed.StartsWith("by", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithSignOff(string text)
    {
        var end = text.AsSpan().TrimEnd();
        while (end.Length > 0 && (end[^1] == '\u0003' || char.IsWhiteSpace(end[^1])))
        {
            end = end[..^1];
        }

        return end.EndsWith("Reuter", StringComparison.Ordinal) || end.EndsWith("Reuters", StringComparison.Ordinal)
            || end.EndsWith("REUTER", StringComparison.Ordinal) || end.EndsWith("AP", StringComparison.Ordinal)
            || end.EndsWith("AFP", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    // Tags that end a block of text become a space, so the words on either side do not fuse.
    [GeneratedRegex(@"</?(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|tbody|thead|blockquote|section|article|header|footer|figure|figcaption|hr|pre|dd|dt|dl)\b[^<>]{0,500}?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?(a|b|i|u|em|strong|span|font|sup|sub|small|abbr|cite|code|mark|q|s|strike|time|img|wbr|ins|del)\b[^<>]{0,500}?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    // "<VWRX.O>", "<BP.L>": exchange tickers that wire copy appends to company names.
    [GeneratedRegex(@"\s*<[A-Z0-9]{1,8}\.[A-Z]{1,3}>")]
    private static partial Regex AngleTicker();

    [GeneratedRegex(@"\s*\((?:[A-Z0-9]{1,8}\.[A-Z]{1,3}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s*:\s*[A-Z0-9.]{1,8})\)")]
    private static partial Regex ParenTicker();

    [GeneratedRegex(@"<([A-Z][^<>\n]{0,120})>")]
    private static partial Regex AngleName();

    // "WASHINGTON (Reuters) -", "PARIS, May 3 (AFP) -": the dateline stays, the credit goes. One list serves the
    // cheap check and the pattern, which runs only when the check finds a credit.
    private static readonly string[] s_agencies =
    [
        "Reuter", "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "UPI", "Xinhua", "dpa", "DPA",
        "Bloomberg", "IANS", "PTI", "ANSA", "EFE", "Kyodo", "Yonhap", "TASS", "Interfax", "CNN", "BBC", "Anadolu", "WAM",
        "SPA", "KUNA", "MENA", "APA", "Sputnik", "RIA", "HuffPost",
    ];

    private static readonly Regex s_agencyInParentheses =
        new(@"\s*\((?:" + string.Join('|', s_agencies.Select(Regex.Escape)) + @")\)", RegexOptions.CultureInvariant);

    // A byline on a line of its own at the top: "By Jane Smith and Ali Khan" or "By Jane Smith, Reuters".
    [GeneratedRegex(@"\A\s*By\s+[A-Z][\p{L}.'\-]+(?:\s+[A-Z][\p{L}.'\-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\p{L}.'\-]+(?:\s+[A-Z][\p{L}.'\-]+){0,3})*\s*(?:\n|\z)")]
    private static partial Regex LeadingByline();

    [GeneratedRegex(@"\(?\s*(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s+[^()\n]{1,300}?(?:\)|(?=\n)|\z)", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingCredits();

    [GeneratedRegex(@"(?:The\s+)?Associated\s+Press\s+(?:writers?|reporters?|journalists?)\s+[^.\n]{1,200}?\s+contributed(?:\s+to\s+this\s+(?:report|story))?\.?", RegexOptions.IgnoreCase)]
    private static partial Regex WriterContributed();

    [GeneratedRegex(@"(?:Copyright|©)\s*(?:\(c\)\s*)?\d{4}[^\n]{0,120}?All\s+rights\s+reserved\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    // "... prior year. Reuter", "-- Reuters", "(AP)" at the very end, with the wire's end-of-text mark if any.
    [GeneratedRegex(@"\s*(?:[-\u2013\u2014]{1,2}\s*)?\b(?:Reuters?|REUTER|AP|AFP)\s*[\u0003\s]*\z")]
    private static partial Regex TrailingSignOff();
}
