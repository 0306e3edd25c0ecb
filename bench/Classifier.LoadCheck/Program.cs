using Classifier.LoadCheck;

// Four checks, each printing one JSON object on stdout for the bench scripts to tabulate; progress goes to stderr.
//   http --url U --articles F.jsonl [--concurrency 32] [--seconds 60] [--warmup 5]
//   nats --url U --articles F.jsonl --count N --workers K --cli "dotnet …/classifier.dll" [--stream NEWS]
//   latency --model DIR [--calls 2000]
//   throughput --model DIR --articles F.jsonl [--seconds 5] [--warmup 5]   (also load time and latency percentiles)
var arguments = Arguments.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "http" => await HttpLoad.RunAsync(arguments),
    "nats" => await WorkerLoad.RunAsync(arguments),
    "latency" => LatencyCheck.Run(arguments),
    "throughput" => ThroughputCheck.Run(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Classifier.LoadCheck http|nats|latency|throughput --option value …  (see bench/load.sh)");
    return 1;
}
