from votecli.cli import main

main()
