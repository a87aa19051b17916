ValueError: unsupported format character 'z' (0x7a) at index 1
TypeError: not enough arguments for format string
TypeError: not enough arguments for format string
ValueError: unsupported format character '%' (0x25) at index 2
ValueError: unsupported format character '%' (0x25) at index 2
'a%b%'
TypeError: not enough arguments for format string
'1 b'
TypeError: not enough arguments for format string
TypeError: not enough arguments for format string
ValueError: unsupported format character 'z' (0x7a) at index 1
'    3.14|ab   |'
'1 %'
