from piket.cli import main

raise SystemExit(main())
