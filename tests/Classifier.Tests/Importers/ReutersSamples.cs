namespace Classifier.Tests.Importers;

/// <summary>Hand-written records in the Reuters-21578 SGML layout (not text from the collection).</summary>
public static class ReutersSamples
{
    /// <summary>Three records: a multi-place one with entities, a title-only brief (no BODY) and a one-place one.
    /// The 'é' is written as Latin-1, as in the real files.</summary>
    public const string ThreeRecords =
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n" +
        "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"9001\" NEWID=\"101\">\n" +
        "<DATE> 2-MAR-1987 10:00:00.00</DATE>\n" +
        "<TOPICS><D>trade</D></TOPICS>\n" +
        "<PLACES><D>west-germany</D><D>usa</D><D>japan</D><D>east-germany</D></PLACES>\n" +
        "<PEOPLE></PEOPLE>\n" +
        "<UNKNOWN> \n&#5;&#5;&#5;C T\n&#22;&#22;&#1;f0001&#31;reute\nu f BC-SAMPLE   03-02 0050</UNKNOWN>\n" +
        "<TEXT>&#2;\n" +
        "<TITLE>BONN &amp; TOKYO TO DISCUSS &lt;TRADE> GAP</TITLE>\n" +
        "<DATELINE>    BONN, March 2 - </DATELINE><BODY>West German and Japanese officials will meet\n" +
        "to discuss the trade gap with &lt;Muller &amp; Co&gt;, the ministry said.\n" +
        "    The caf\u00e9 talks resume next week.\n" +
        " Reuter\n" +
        "&#3;</BODY></TEXT>\n" +
        "</REUTERS>\n" +
        "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"9002\" NEWID=\"102\">\n" +
        "<DATE> 2-MAR-1987 10:05:00.00</DATE>\n" +
        "<TOPICS></TOPICS>\n" +
        "<PLACES><D>usa</D></PLACES>\n" +
        "<TEXT TYPE=\"BRIEF\">&#2;\n" +
        "******<TITLE>ACME CORP SETS QUARTERLY DIVIDEND</TITLE>\n" +
        "&#3;\n\n</TEXT>\n" +
        "</REUTERS>\n" +
        "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"9003\" NEWID=\"103\">\n" +
        "<PLACES><D>ussr</D></PLACES>\n" +
        "<TEXT>&#2;\n" +
        "<TITLE>SOVIET GRAIN OUTPUT UP</TITLE>\n" +
        "<DATELINE>    ****MOSCOW, March 3 - </DATELINE><BODY>Soviet grain output rose last year, officials said.\n" +
        " Reuter\n" +
        "&#3;</BODY></TEXT>\n" +
        "</REUTERS>\n";

    public static string Record(string newId, string places, string body = "Some body text.") =>
        $"<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" NEWID=\"{newId}\">\n" +
        $"<PLACES>{places}</PLACES>\n" +
        $"<TEXT>&#2;\n<TITLE>A TITLE</TITLE>\n<BODY>{body}\n Reuter\n&#3;</BODY></TEXT>\n" +
        "</REUTERS>\n";
}
