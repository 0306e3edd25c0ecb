namespace Classifier.Hosting.Nats;

/// <summary>NATS subject and name rules the worker relies on: what a valid subject is, and whether a stream's
/// subject (possibly with <c>*</c> and <c>&gt;</c> wildcards) captures another.</summary>
public static class Subjects
{
    /// <summary>Why <paramref name="subject"/> is not a usable subject, or null. Wildcards are allowed only where
    /// <paramref name="allowWildcards"/> says so: a filter may have them, a subject published to may not.</summary>
    public static string? Problem(string subject, bool allowWildcards)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return "is empty";
        }

        if (subject.Any(char.IsWhiteSpace))
        {
            return "contains whitespace";
        }

        var tokens = subject.Split('.');
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Length == 0)
            {
                return "has an empty token (two dots, or a dot at an end)";
            }

            var wildcard = token is "*" or ">";
            if (!wildcard && (token.Contains('*') || token.Contains('>')))
            {
                return $"has a wildcard inside the token \"{token}\"";
            }

            if (wildcard && !allowWildcards)
            {
                return "has a wildcard; results are published to it, so it must be a literal subject";
            }

            if (token == ">" && i != tokens.Length - 1)
            {
                return "has \">\" before its last token";
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="name"/> cannot name a stream or a consumer, or null.</summary>
    public static string? NameProblem(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "is empty";
        }

        var bad = name.FirstOrDefault(c => c is '.' or '*' or '>' or '/' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c));
        return bad == default ? null : $"contains '{bad}'";
    }

    /// <summary>Whether every message published to a subject matching <paramref name="subject"/> lands in a stream
    /// that lists <paramref name="streamSubject"/>; a wildcard filter needs a stream subject at least as wide.</summary>
    public static bool Captures(string streamSubject, string subject)
    {
        var pattern = streamSubject.Split('.');
        var tokens = subject.Split('.');
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == ">")
            {
                return tokens.Length > i;
            }

            if (i >= tokens.Length || tokens[i] == ">")
            {
                return false;
            }

            if (pattern[i] != "*" && pattern[i] != tokens[i])
            {
                return false;
            }
        }

        return pattern.Length == tokens.Length;
    }

    public static bool CapturedByAny(IEnumerable<string>? streamSubjects, string subject) =>
        streamSubjects?.Any(s => Captures(s, subject)) ?? false;
}
