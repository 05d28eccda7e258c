Console.WriteLine("conflict");
