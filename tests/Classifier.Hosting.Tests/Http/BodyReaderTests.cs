using Classifier.Hosting.Http;
using Classifier.Hosting.Models;
using Classifier.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace Classifier.Hosting.Tests.Http;

public sealed class BodyReaderTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_declared_length_is_not_allocated_before_the_bytes_arrive()
    {
        const long declared = 256L * 1024 * 1024;
        var context = new DefaultHttpContext();
        context.Request.ContentLength = declared;
        context.Request.Body = new MemoryStream("{\"text\":\"short\"}"u8.ToArray());

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var read = await BodyReader.ReadAsync(context.Request, declared, CancellationToken.None);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        output.WriteLine($"a 16-byte body declaring {declared} bytes allocated {allocated} bytes");
        Assert.False(read.TooLarge);
        Assert.Equal(16, read.Body!.Length);
        Assert.True(allocated < 4 * 1024 * 1024, $"reading a 16-byte body that declared {declared} bytes allocated {allocated} bytes");
    }

    [Fact]
    public async Task A_body_longer_than_the_limit_is_refused_whatever_it_declared()
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(new byte[100_000]);

        var read = await BodyReader.ReadAsync(context.Request, 99_999, CancellationToken.None);

        Assert.True(read.TooLarge);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(2L * 1024 * 1024 * 1024)]
    [InlineData(3_000_000_000L)]
    public void A_body_limit_outside_1_byte_to_2_GiB_is_refused_when_the_service_is_built(long limit)
    {
        using var model = ModelHolder.Load(RepoPaths.FastModel, TimeSpan.Zero);

        var error = Assert.Throws<ArgumentException>(() => ClassifierService.Build(new ServiceOptions { MaxBodyBytes = limit }, model));

        Assert.Contains("max body bytes must be between 1 and", error.Message, StringComparison.Ordinal);
    }
}
