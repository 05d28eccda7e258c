if (Conflict.Bench.Extraction.ExtractionCommands.TryRun(args) is { } extractionExit)
{
    return extractionExit;
}
Console.WriteLine("bench");
return 0;
