using Classifier.LoadCheck;

// Two checks, each printing one JSON object on stdout for bench/load.sh to tabulate; progress goes to stderr.
//   http --url U --articles F.jsonl [--concurrency 32] [--seconds 60] [--warmup 5]
//   nats --url U --articles F.jsonl --count N --workers K --cli "dotnet …/classifier.dll" [--stream NEWS]
//   latency --model DIR [--calls 2000]
var arguments = Arguments.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "http" => await HttpLoad.RunAsync(arguments),
    "nats" => await WorkerLoad.RunAsync(arguments),
    "latency" => LatencyCheck.Run(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Classifier.LoadCheck http|nats|latency --option value …  (see bench/load.sh)");
    return 1;
}
