Console.WriteLine("interop");
