from nukewatch.cli import main

main()
