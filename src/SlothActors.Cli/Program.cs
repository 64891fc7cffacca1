using SlothActors.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await SlothCli.RunAsync(args, CliConsole.System());
