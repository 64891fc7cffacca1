// The `sloth` command. The node and its verbs arrive with the node issue; until then the
// command only says so, so that the solution builds end to end.
Console.Error.WriteLine("sloth: no verbs yet - the node and CLI arrive with the node issue");
return 2;
