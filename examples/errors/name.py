def show():
    print(count)


show()
