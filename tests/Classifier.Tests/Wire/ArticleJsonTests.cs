using System.Text;
using Classifier.Wire;

namespace Classifier.Tests.Wire;

public class ArticleJsonTests
{
    [Theory]
    [InlineData("""{"id":"a","text":123}""", "\"text\" must be a string, found Number")]
    [InlineData("""{"id":"a","text":{"body":"Troops shelled the town."}}""", "\"text\" must be a string, found Object")]
    [InlineData("""{"id":"a","text":["Troops shelled the town."]}""", "\"text\" must be a string, found Array")]
    [InlineData("""{"id":"a","text":true}""", "\"text\" must be a string, found Boolean")]
    [InlineData("""{"id":"a","title":42,"text":"Troops shelled the town."}""", "\"title\" must be a string, found Number")]
    [InlineData("""{"id":"a","title":{"x":1},"text":"Troops shelled the town."}""", "\"title\" must be a string, found Object")]
    [InlineData("""{"id":"a","title":false,"text":"Troops shelled the town."}""", "\"title\" must be a string, found Boolean")]
    public void Text_and_title_of_another_JSON_type_are_refused_naming_the_field_and_the_type(string json, string expected)
    {
        var parsed = ArticleJson.Parse(json);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Error);
        Assert.Equal("a", parsed.Id);
    }

    [Theory]
    [InlineData("""{"id":{"n":1},"text":"Troops shelled the town."}""", "\"id\" must be a string or a number, found Object")]
    [InlineData("""{"id":[1],"text":"Troops shelled the town."}""", "\"id\" must be a string or a number, found Array")]
    [InlineData("""{"id":true,"text":"Troops shelled the town."}""", "\"id\" must be a string or a number, found Boolean")]
    public void An_id_that_is_neither_a_string_nor_a_number_is_refused(string json, string expected)
    {
        var parsed = ArticleJson.Parse(json);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Error);
        Assert.Null(parsed.Id);
    }

    [Theory]
    [InlineData("""{"id":7,"text":"Troops shelled the town."}""", "7")]
    [InlineData("""{"id":1.5e3,"text":"Troops shelled the town."}""", "1.5e3")]
    [InlineData("""{"id":"n-7","text":"Troops shelled the town."}""", "n-7")]
    [InlineData("""{"id":null,"text":"Troops shelled the town."}""", null)]
    public void A_numeric_id_is_accepted_as_its_literal_text(string json, string? expected)
    {
        var parsed = ArticleJson.Parse(json);

        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Equal(expected, parsed.Id);
    }

    [Fact]
    public void The_utf8_overload_applies_the_same_type_checks()
    {
        var parsed = ArticleJson.Parse(Encoding.UTF8.GetBytes("""{"id":"b","text":[1,2]}""").AsMemory());

        Assert.Equal("\"text\" must be a string, found Array", parsed.Error);
        Assert.Equal("b", parsed.Id);
    }

    [Fact]
    public void A_null_title_reads_as_no_title()
    {
        var parsed = ArticleJson.Parse("""{"id":"c","title":null,"text":"Troops shelled the town."}""");

        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Equal("", parsed.Title);
    }

    [Theory]
    [InlineData("""{"id":"h","title":"Army shells rebel-held town"}""")]
    [InlineData("""{"id":"h","title":"Army shells rebel-held town","text":""}""")]
    [InlineData("""{"id":"h","title":"Army shells rebel-held town","text":null}""")]
    public void A_headline_without_text_is_an_article(string json)
    {
        var parsed = ArticleJson.Parse(json);

        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Equal("Army shells rebel-held town", parsed.Title);
        Assert.Equal("", parsed.Text);
    }

    [Theory]
    [InlineData("""{"id":"n"}""", "missing \"text\"")]
    [InlineData("""{"id":"n","title":" ","text":"  "}""", "empty \"text\"")]
    public void A_record_with_neither_title_nor_text_is_refused(string json, string expected)
    {
        var parsed = ArticleJson.Parse(json);

        Assert.Equal(expected, parsed.Error);
        Assert.Equal("n", parsed.Id);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("title")]
    [InlineData("id")]
    public void A_string_holding_a_lone_surrogate_is_refused_not_thrown(string field)
    {
        var fields = new[] { "id", "title", "text" }.Select(f => f == field ? $"\"{f}\":\"broken \\ud800 text\"" : $"\"{f}\":\"x\"");
        var json = "{" + string.Join(",", fields) + "}";

        var parsed = ArticleJson.Parse(json);

        Assert.StartsWith($"\"{field}\" is not valid text:", parsed.Error);
    }

    [Fact]
    public void Raw_invalid_utf8_inside_a_string_is_refused_not_thrown()
    {
        byte[] json = [.. Encoding.UTF8.GetBytes("""{"id":"a","text":"Caf"""), 0xE9, .. Encoding.UTF8.GetBytes("""  talks"}""")];

        var parsed = ArticleJson.Parse(json.AsMemory());

        Assert.StartsWith("\"text\" is not valid text:", parsed.Error);
        Assert.Equal("a", parsed.Id);
    }
}
