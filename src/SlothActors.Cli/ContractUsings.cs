// The CLI is the command protocol's client: its contracts are in scope everywhere.
global using SlothActors.Commands.Agents;
global using SlothActors.Commands.Cluster;
global using SlothActors.Commands.Events;
global using SlothActors.Commands.Hooks;
global using SlothActors.Commands.Protocol;
global using SlothActors.Commands.Secrets;
