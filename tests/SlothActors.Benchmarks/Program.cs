// Benchmarks entry point; scenarios are added with the issues that set their targets.
Console.Error.WriteLine("usage: dotnet run -c Release --project tests/SlothActors.Benchmarks -- <scenario>");
return 2;
